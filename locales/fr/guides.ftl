guide-parent-talk-title = Parler avec votre enfant
guide-parent-talk-summary = (en cours)
guide-parent-talk-step-emotions-title = (en cours)
guide-parent-talk-step-emotions-body = (en cours)
