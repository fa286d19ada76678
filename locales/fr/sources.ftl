source-gsma-2017-title = Extorsion sexuelle sur des enfants (guide pour les lignes d'assistance)
source-gsma-2017-note = (en cours)
source-gsma-2017-section-parent-contact = Prise de contact par un parent ou tuteur
