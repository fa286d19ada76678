guide-parent-talk-title = Talking with your child
guide-parent-talk-summary = (being written)
guide-parent-talk-step-emotions-title = (being written)
guide-parent-talk-step-emotions-body = (being written)
