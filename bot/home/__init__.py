"""The App Home tab, redrawn when who owns what changes."""
