app-name = Refuge
app-call-named = Appeler { $name }
