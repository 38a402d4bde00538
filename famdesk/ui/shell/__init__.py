"""The shell: start-up, unlocking, the main window, and what all windows share."""
