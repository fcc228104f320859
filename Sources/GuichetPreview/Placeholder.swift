// GuichetPreview
