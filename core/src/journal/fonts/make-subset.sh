#!/usr/bin/env bash
# Makes the two fonts the record's PDF report embeds: DejaVu Sans and DejaVu Sans Bold, cut
# down to the characters of Windows-1252 (Latin-1 plus ’ ‘ “ ” « » … – — € œ Œ and the rest
# of that set) and U+202F, the narrow no-break space French text often carries. Any other
# character is printed as its code point ([U+0416]) by the PDF writer, so nothing is lost.
#
# Needs fonttools (`pip install fonttools`) and Debian's fonts-dejavu-core. Run from anywhere;
# it writes beside itself. The licence of the fonts is LICENSE-DejaVu.txt beside this script.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
src="${DEJAVU_DIR:-/usr/share/fonts/truetype/dejavu}"
unicodes="U+0020-007E,U+00A0-00FF,U+0152-0153,U+0160-0161,U+0178,U+017D-017E,U+0192,\
U+02C6,U+02DC,U+2013-2014,U+2018-201A,U+201C-201E,U+2020-2022,U+2026,U+2030,U+2039-203A,\
U+202F,U+20AC,U+2122"
for face in DejaVuSans DejaVuSans-Bold; do
    pyftsubset "$src/$face.ttf" \
        --unicodes="$unicodes" \
        --no-hinting \
        --layout-features='' \
        --drop-tables+=kern,GPOS,GSUB,GDEF,FFTM \
        --output-file="$here/$face-record.ttf"
done
ls -l "$here"/*-record.ttf
