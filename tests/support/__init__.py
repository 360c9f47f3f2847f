"""What the tests share: the bot drivers (signed HTTP, or services in-process), the people of the
example team, and the moves every story makes (a customer asks, the worker settles, what Slack saw)."""
