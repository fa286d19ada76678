# My record's "Make a report text" (ui/src/components/record/ReportText.svelte). The text's own
# words are in report-text.ftl. Each message may receive $audience, who keeps the record
# ("young", "parent" or "staff").

record-make-text-title = Make a report text
record-make-text-intro = Turn your entries into text to paste into a report form, or to give to the police, the school or a helpline. It holds only what you wrote, never a picture.
record-make-text-shape-label = Who is it for?
record-make-text-shape-platform = The app’s report form (short)
record-make-text-shape-police = The police (everything, in time order)
record-make-text-shape-school = The school
record-make-text-shape-helpline = A helpline
record-make-text-payments = Include payments and their references
record-make-text-under-18 = Say I am under 18
record-make-text-make = Make the text
record-make-text-text-label = The report text
record-make-text-clipboard = Copying puts the text on the clipboard, where other apps on this device can read it. Refuge clears the clipboard after 2 minutes if it still holds this text, and also when My record locks or you use Quick exit.
record-make-text-copy = Copy the text
record-make-text-copied = Copied. The clipboard will be cleared in 2 minutes if it still holds this text.
record-make-text-save = Save as a file
record-make-text-saved = Saved.
record-make-text-save-warning = The file is not locked: anyone who opens it can read it. Save it where nobody else can reach it, and delete it once you’ve used it.
record-error-clipboard = Refuge could not copy the text: the clipboard refused it. The text is still on screen: select it and copy it by hand, or save it.
