"""The words people read (EN/ES) and the Block Kit helpers that carry them."""
