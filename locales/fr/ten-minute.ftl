# Le vérificateur des dix minutes : « Accepter cette demande ? » (règle de Child Focus).
# Formulation neutre, ni « tu » ni « vous » : l’écran sert aux jeunes comme aux adultes.

## Questions

ten-minute-title = Accepter cette demande ?
ten-minute-intro = Deux questions sur la personne qui demande à être ajoutée ou à suivre le compte.
ten-minute-question-met = Déjà vu cette personne dans la vraie vie ?
ten-minute-question-talked = Déjà parlé avec elle pendant dix minutes ?
ten-minute-yes = Oui
ten-minute-no = Non

## Verdicts

ten-minute-verdict-accept = Accepter, c’est possible
ten-minute-verdict-decline = Ne pas accepter
ten-minute-reason-ok = Une vraie rencontre et une vraie conversation : la règle des dix minutes est respectée.
ten-minute-reason-never-met = Jamais vue dans la vraie vie : en ligne, n’importe qui peut se faire passer pour quelqu’un d’autre.
ten-minute-reason-not-talked-enough = Avoir vu quelqu’un, ce n’est pas le connaître. Sans une vraie conversation de dix minutes, impossible de savoir qui se cache derrière le compte.
ten-minute-reason-neither = Ni rencontre, ni conversation : impossible de savoir qui se cache vraiment derrière ce compte.
ten-minute-instead-decline = Ignorer ou refuser la demande. On ne doit de réponse à personne.
ten-minute-instead-no-pressure = Si la personne insiste, flatte ou met la pression : ne pas répondre. La pression est un signal d’alerte.
ten-minute-instead-tell = Si elle continue ou met mal à l’aise : la bloquer et en parler à quelqu’un de confiance.
ten-minute-reminder = Même avec quelqu’un que l’on connaît : si la conversation devient sexuelle ou met mal à l’aise, on peut arrêter, bloquer et en parler.
