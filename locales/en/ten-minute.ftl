# The ten-minute checker: "should I accept this request?" (Child Focus's rule).

## Questions

ten-minute-title = Should I accept this request?
ten-minute-intro = Two questions about the person who wants to add you or follow you.
ten-minute-question-met = Have you already seen this person in real life?
ten-minute-question-talked = Have you already talked with this person for ten minutes?
ten-minute-yes = Yes
ten-minute-no = No

## Verdicts

ten-minute-verdict-accept = You can accept
ten-minute-verdict-decline = Don't accept
ten-minute-reason-ok = You have met this person and really talked with them. That passes the ten-minute rule.
ten-minute-reason-never-met = You have never seen this person in real life. Anyone can pretend to be someone else online.
ten-minute-reason-not-talked-enough = Seeing someone is not knowing them. Without a real ten-minute talk, you can't be sure who is behind the account.
ten-minute-reason-neither = You have never met this person and never talked with them. You can't know who is really behind this account.
ten-minute-instead-decline = Ignore or decline the request. You don't owe anyone an answer.
ten-minute-instead-no-pressure = If they insist, flatter you or push you, don't reply. Pressure is a warning sign.
ten-minute-instead-tell = If they keep trying or make you uneasy, block them and tell someone you trust.
ten-minute-reminder = Even with people you know: if a conversation turns sexual or makes you uneasy, you can stop, block and talk to someone.
