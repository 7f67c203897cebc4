; Inno Setup script: wraps PyInstaller's dist\Handleplan folder in one installer .exe with a Start-menu
; entry and an uninstaller. Per-user install (no administrator needed). Built by the release workflow:
;   iscc /DAppVersion=0.1.0 installer\windows\handleplan.iss
; The leader's data lives in %APPDATA%\Handleplan, outside {app}: the uninstaller keeps it unless the
; leader says yes to deleting it (the default button is No).

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif

[Setup]
AppId={{8E4B6C1D-3F2A-4B7E-9C55-1D2E3F4A5B6C}
AppName=Handleplan
AppVersion={#AppVersion}
AppPublisher=Handleplan
DefaultDirName={localappdata}\Programs\Handleplan
DefaultGroupName=Handleplan
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
OutputDir=..\..\dist
OutputBaseFilename=Handleplan-{#AppVersion}-windows-setup
SetupIconFile=..\..\resources\icon\handleplan.ico
UninstallDisplayIcon={app}\Handleplan.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesInstallIn64BitMode=x64compatible
; Signing plugs in here: SignTool=signtool sign /fd sha256 /tr http://timestamp.example /td sha256 $f
; (see installer/README.md, "Signing").

[Languages]
Name: "danish"; MessagesFile: "compiler:Languages\Danish.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\..\dist\Handleplan\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\Handleplan"; Filename: "{app}\Handleplan.exe"
Name: "{autodesktop}\Handleplan"; Filename: "{app}\Handleplan.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\Handleplan.exe"; Description: "{cm:LaunchProgram,Handleplan}"; Flags: nowait postinstall skipifsilent

[CustomMessages]
danish.DeleteData=Vil du også slette dine data (handleplan, refleksioner og sikkerhedskopier) i %1?%n%nVælg Nej for at beholde dem, så de er der, hvis du installerer Handleplan igen.
english.DeleteData=Do you also want to delete your data (plan, reflections and backups) in %1?%n%nChoose No to keep them for when you install Handleplan again.

[Code]
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  DataDir: String;
begin
  if CurUninstallStep = usPostUninstall then
  begin
    DataDir := ExpandConstant('{userappdata}\Handleplan');
    if DirExists(DataDir) and not UninstallSilent then
      if MsgBox(FmtMessage(CustomMessage('DeleteData'), [DataDir]), mbConfirmation, MB_YESNO or MB_DEFBUTTON2) = IDYES then
        DelTree(DataDir, True, True, True);
  end;
end;
