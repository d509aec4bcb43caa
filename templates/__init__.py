"""Built-in Jinja templates and the stylesheet (packaged as briefgen.templates)."""
