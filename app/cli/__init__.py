"""The `caravane` command line (Qt-free except for opening the window)."""
