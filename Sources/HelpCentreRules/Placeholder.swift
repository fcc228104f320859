// HelpCentreRules
