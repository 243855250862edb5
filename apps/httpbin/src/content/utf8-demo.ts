/** The body of `/encoding/utf8`: text in many scripts, written for this project. */
export const UTF8_DEMO = `UTF-8 encoded sample plain-text file
‾‾‾‾‾‾‾‾‾‾‾‾‾‾‾‾‾‾‾‾‾‾‾‾‾‾‾‾‾‾‾‾‾‾‾‾

Latin-1 supplement:   café, naïve, façade, Ångström, smørrebrød, Grüße, ¿Qué tal?, ½ °C ±5 µm
Latin Extended:       Łódź, Dvořák, Şişli, Ærøskøbing, œuvre, Ŵales
Greek:                Τη γλώσσα μου έδωσαν ελληνική — αβγδεζηθικλμνξοπρστυφχψω
Cyrillic:             Съешь же ещё этих мягких французских булок, да выпей чаю
Hebrew:               שלום עולם
Arabic:               مرحبا بالعالم
Devanagari:           नमस्ते दुनिया
Thai:                 สวัสดีชาวโลก
Georgian:             გამარჯობა მსოფლიო
Armenian:             Բարեւ աշխարհ
Chinese:              你好，世界。我能吞下玻璃而不伤身体。
Japanese:             こんにちは世界。カタカナ、ひらがな、漢字。
Korean:               안녕하세요 세계
Mathematics:          ∀x∈ℝ: ⌈x⌉ = −⌊−x⌋, ∑ᵢ₌₁ⁿ i = n(n+1)/2, √(a²+b²), ∞ ≠ ∅, A ⊆ B ⇒ |A| ≤ |B|
Punctuation:          “double” ‘single’ «guillemets» „low“ — en–dash … bullet • dagger † ‰ ‱
Currency:             $ € £ ¥ ₹ ₩ ₽ ₿ ¢
Arrows and boxes:     ← ↑ → ↓ ↔ ⇐ ⇒ ┌─┬─┐ │ │ │ └─┴─┘ ░▒▓█
Symbols (BMP):        ☀ ☁ ☂ ☃ ★ ☆ ♠ ♣ ♥ ♦ ♪ ♫ ✓ ✗ ✈
Outside the BMP:      😀 🎉 🚀 𝄞 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 🏳️‍🌈 👩🏽‍💻
Combining marks:      e\u0301 (e + U+0301) vs é (U+00E9); a\u0308 vs ä
`;
