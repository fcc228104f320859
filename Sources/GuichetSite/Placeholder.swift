// GuichetSite
