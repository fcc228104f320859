// GuichetMarkdown
