"""The sandbox: the stand-in Slack, the simulator that drives the bot, and the demo."""
