# Les écrans de la première minute, hors des guides (ticket 24) : les boutons qui les ouvrent et
# ce qu’ils disent en plus des textes de guides-young.ftl (now-, tell-, calm-) et de
# guides-parent.ftl (told-).

## Les boutons qui les ouvrent, depuis l’étape d’un guide (`{ kind = "screen", target = … }` dans
## guides.toml) et depuis la question de sécurité. Communs à tous : le français reste neutre.

action-screen-tell-someone = M’aider à en parler
action-screen-told = Pour l’adulte à qui l’on vient de se confier
action-screen-calm = Respirer pendant 90 secondes

## Dans la fenêtre d’appel, une fois la ligne appelée ou le SMS ouvert : l’attente d’une réponse ou
## d’un rappel (nhs-relaxed-breathing). Neutre : les parents s’en servent aussi.

contact-calm = Respirer 90 secondes en attendant

## « Aide-moi à en parler », quand l’appareil n’a ouvert aucune appli de messages (un ordinateur,
## une tablette).

tell-text-failed = Ton appareil n’a ouvert aucune appli de messages. Tu peux afficher la phrase en plein écran à la place.

## La question de sécurité, une fois répondu « Non » : repliée sur cette réponse et ce bouton,
## pour que l’encadré « Tout de suite » tienne en entier sur le premier écran d’un téléphone.

ui-safety-change = Changer ma réponse
