source-gsma-2017-title = Sexual extortion of children (helpline guide)
source-gsma-2017-note = (being written)
source-gsma-2017-section-parent-contact = Contact from a parent or carer
