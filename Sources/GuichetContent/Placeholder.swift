// GuichetContent
