app-name = Refuge
app-call-named = Call { $name }
