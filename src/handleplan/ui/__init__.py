"""The Qt widgets of Handleplan; they call the core, never SQL."""
