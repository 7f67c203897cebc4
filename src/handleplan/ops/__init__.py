"""The Qt-free operations the UI and the command line call; no widget writes SQL."""
