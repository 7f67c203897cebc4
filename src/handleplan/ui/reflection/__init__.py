"""Parts of the Refleksioner screen: the log's model and delegate, the entry editor, the new-reflection menu."""
