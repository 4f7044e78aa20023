package proxy

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
)

// The walkers below walk JSON that has already passed validJSON, without decoding it: they find the elements of
// an array and the members of an object as raw slices of the input, allocating nothing. On invalid input they stop
// early or return nonsense, but never panic or loop.

// skipSpace returns the index of the first non-space byte at or after i.
func skipSpace(b []byte, i int) int {
	for i < len(b) {
		switch b[i] {
		case ' ', '\t', '\n', '\r':
			i++
		default:
			return i
		}
	}
	return i
}

// skipString returns the index after the string starting at b[i] == '"'. It looks for the closing quote and for
// backslashes with bytes.IndexByte (vectorised): strings are most of an upstream's answer (hashes, hex data).
func skipString(b []byte, i int) int {
	for i++; i < len(b); {
		q := bytes.IndexByte(b[i:], '"')
		if q < 0 {
			return len(b)
		}
		q += i
		for { // each byte before q is looked at once
			e := bytes.IndexByte(b[i:q], '\\')
			if e < 0 {
				return q + 1
			}
			if i += e + 2; i > q { // the quote at q was escaped: look for the next one
				break
			}
		}
	}
	return len(b)
}

const (
	ones8 = 0x0101010101010101 // 0x01 in every byte of a word
	high8 = 0x8080808080808080 // the high bit of every byte
)

// skipPlain returns the index of the first 8-byte word at or after i that holds a byte validString must look
// at ('"', '\\' or a control byte below 0x20), stepping a word at a time; the bytes before it are plain string
// content. Near the end of b (less than a word left) it returns i as is. Strings are most of an upstream's
// answer (hashes, hex data), and looking at them a word at a time checks an answer several times faster than
// byte by byte.
func skipPlain(b []byte, i int) int {
	for ; i >= 0 && i+8 <= len(b); i += 8 {
		x := binary.LittleEndian.Uint64(b[i:])
		q, s := x^(ones8*'"'), x^(ones8*'\\')
		// (v-ones8)&^v&high8 is non-zero exactly when some byte of v is zero, and (x-ones8*n)&^x&high8 when
		// some byte of x is below n (n <= 0x80).
		if ((q-ones8)&^q|(s-ones8)&^s|(x-ones8*0x20)&^x)&high8 != 0 {
			return i
		}
	}
	return i
}

// skipValue returns the index after the value starting at b[i] (not a space).
func skipValue(b []byte, i int) int {
	if i >= len(b) {
		return len(b)
	}
	switch b[i] {
	case '"':
		return skipString(b, i)
	case '{', '[':
		depth := 0
		for i < len(b) {
			switch b[i] {
			case '"':
				i = skipString(b, i)
				continue
			case '{', '[':
				depth++
			case '}', ']':
				depth--
				if depth == 0 {
					return i + 1
				}
			}
			i++
		}
		return len(b)
	}
	for i < len(b) {
		switch b[i] {
		case ',', '}', ']', ' ', '\t', '\n', '\r':
			return i
		}
		i++
	}
	return i
}

// elemIter steps through the elements of an array; members steps through an object's members. Both are plain
// structs rather than iter.Seq closures, which would allocate on the hot path.
type elemIter struct {
	b []byte
	i int
}

func newElemIter(b []byte) elemIter {
	i := skipSpace(b, 0)
	if i >= len(b) || b[i] != '[' {
		return elemIter{i: len(b)}
	}
	return elemIter{b: b, i: skipSpace(b, i+1)}
}

// next returns the next element, or false at the end.
func (it *elemIter) next() ([]byte, bool) {
	b, i := it.b, it.i
	if i >= len(b) || b[i] == ']' {
		return nil, false
	}
	end := skipValue(b, i)
	if end <= i {
		it.i = len(b)
		return nil, false
	}
	it.i = skipSpace(b, end)
	if it.i < len(b) && b[it.i] == ',' {
		it.i = skipSpace(b, it.i+1)
	}
	return b[i:end], true
}

type memberIter struct {
	b []byte
	i int
}

func newMemberIter(b []byte) memberIter {
	i := skipSpace(b, 0)
	if i >= len(b) || b[i] != '{' {
		return memberIter{i: len(b)}
	}
	return memberIter{b: b, i: skipSpace(b, i+1)}
}

// next returns the next member's raw key (with its quotes) and raw value, or false at the end.
func (it *memberIter) next() (key, val []byte, ok bool) {
	b, i := it.b, it.i
	if i >= len(b) || b[i] != '"' {
		return nil, nil, false
	}
	kend := skipString(b, i)
	key = b[i:kend]
	i = skipSpace(b, kend)
	if i >= len(b) || b[i] != ':' {
		it.i = len(b)
		return nil, nil, false
	}
	i = skipSpace(b, i+1)
	vend := skipValue(b, i)
	if vend <= i {
		it.i = len(b)
		return nil, nil, false
	}
	it.i = skipSpace(b, vend)
	if it.i < len(b) && b[it.i] == ',' {
		it.i = skipSpace(b, it.i+1)
	}
	return key, b[i:vend], true
}

// keyIs reports whether the raw JSON string key is name (exactly; escapes decoded).
func keyIs(key []byte, name string) bool {
	if len(key) < 2 {
		return false
	}
	inner := key[1 : len(key)-1]
	if bytes.IndexByte(inner, '\\') < 0 {
		return string(inner) == name
	}
	var s string
	return json.Unmarshal(key, &s) == nil && s == name
}

// maxValidDepth bounds the nesting validJSON accepts, as encoding/json does.
const maxValidDepth = 10000

// validJSON reports whether b is one valid JSON value (with surrounding spaces): json.Valid, several times faster,
// which matters on the hot path where every upstream response is checked.
func validJSON(b []byte) bool {
	_, ok, _ := checkJSON(b, maxValidDepth)
	return ok
}

// checkJSON validates b with at most maxDepth levels of nesting. It reports whether b is valid, whether it was
// refused for nesting deeper than maxDepth, and, when b is an array, how many elements it has.
func checkJSON(b []byte, maxDepth int) (elems int, ok, tooDeep bool) {
	v := validator{maxDepth: maxDepth}
	i, ok := v.value(b, skipSpace(b, 0), 0)
	return v.elems, ok && skipSpace(b, i) == len(b), v.tooDeep
}

// checkResponse validates the JSON object b (with surrounding spaces) as validJSON does and returns its id, result
// and error members as decodeResponse would, in one pass: an upstream's answer is walked once, not twice.
func checkResponse(b []byte) (r wireResponse, ok bool) {
	v := validator{maxDepth: maxValidDepth}
	i := skipSpace(b, 0)
	if i >= len(b) || b[i] != '{' {
		return wireResponse{}, false
	}
	if i = skipSpace(b, i+1); i < len(b) && b[i] == '}' {
		return r, skipSpace(b, i+1) == len(b)
	}
	for {
		if i >= len(b) || b[i] != '"' {
			return wireResponse{}, false
		}
		kend, ok := validString(b, i)
		if !ok {
			return wireResponse{}, false
		}
		key := b[i:kend]
		if i = skipSpace(b, kend); i >= len(b) || b[i] != ':' {
			return wireResponse{}, false
		}
		start := skipSpace(b, i+1)
		end, ok := v.value(b, start, 1)
		if !ok {
			return wireResponse{}, false
		}
		switch val := b[start:end]; {
		case keyIs(key, "id"):
			r.ID = val
		case keyIs(key, "result"):
			r.Result = val
		case keyIs(key, "error"):
			r.Error = val
		}
		if i = skipSpace(b, end); i >= len(b) {
			return wireResponse{}, false
		}
		switch b[i] {
		case ',':
			i = skipSpace(b, i+1)
		case '}':
			return r, skipSpace(b, i+1) == len(b)
		default:
			return wireResponse{}, false
		}
	}
}

type validator struct {
	maxDepth int
	tooDeep  bool
	elems    int // elements of a top-level array
}

// value checks the value starting at b[i], nested depth levels deep, and returns the index after it.
func (v *validator) value(b []byte, i, depth int) (int, bool) {
	if i >= len(b) {
		return i, false
	}
	switch c := b[i]; {
	case c == '"':
		return validString(b, i)
	case c == '{':
		if depth >= v.maxDepth {
			v.tooDeep = true
			return i, false
		}
		i = skipSpace(b, i+1)
		if i < len(b) && b[i] == '}' {
			return i + 1, true
		}
		for {
			if i >= len(b) || b[i] != '"' {
				return i, false
			}
			var ok bool
			if i, ok = validString(b, i); !ok {
				return i, false
			}
			i = skipSpace(b, i)
			if i >= len(b) || b[i] != ':' {
				return i, false
			}
			if i, ok = v.value(b, skipSpace(b, i+1), depth+1); !ok {
				return i, false
			}
			i = skipSpace(b, i)
			if i >= len(b) {
				return i, false
			}
			switch b[i] {
			case ',':
				i = skipSpace(b, i+1)
			case '}':
				return i + 1, true
			default:
				return i, false
			}
		}
	case c == '[':
		if depth >= v.maxDepth {
			v.tooDeep = true
			return i, false
		}
		i = skipSpace(b, i+1)
		if i < len(b) && b[i] == ']' {
			return i + 1, true
		}
		for {
			var ok bool
			if i, ok = v.value(b, i, depth+1); !ok {
				return i, false
			}
			if depth == 0 {
				v.elems++
			}
			i = skipSpace(b, i)
			if i >= len(b) {
				return i, false
			}
			switch b[i] {
			case ',':
				i = skipSpace(b, i+1)
			case ']':
				return i + 1, true
			default:
				return i, false
			}
		}
	case c == 't':
		return validLiteral(b, i, "true")
	case c == 'f':
		return validLiteral(b, i, "false")
	case c == 'n':
		return validLiteral(b, i, "null")
	case c == '-' || (c >= '0' && c <= '9'):
		return validNumber(b, i)
	}
	return i, false
}

func validLiteral(b []byte, i int, lit string) (int, bool) {
	if len(b)-i >= len(lit) && string(b[i:i+len(lit)]) == lit {
		return i + len(lit), true
	}
	return i, false
}

// validString checks the string starting at b[i] == '"'. Like encoding/json it accepts any byte from 0x20 up
// (UTF-8 validity is checked separately where it matters).
func validString(b []byte, i int) (int, bool) {
	for i++; ; i++ {
		if i = skipPlain(b, i); i >= len(b) {
			return i, false
		}
		c := b[i]
		switch {
		case c == '"':
			return i + 1, true
		case c < 0x20:
			return i, false
		case c == '\\':
			i++
			if i >= len(b) {
				return i, false
			}
			switch b[i] {
			case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
			case 'u':
				if len(b)-i < 5 {
					return i, false
				}
				for _, h := range b[i+1 : i+5] {
					if !(h >= '0' && h <= '9' || h >= 'a' && h <= 'f' || h >= 'A' && h <= 'F') {
						return i, false
					}
				}
				i += 4
			default:
				return i, false
			}
		}
	}
}

// validNumber checks the number starting at b[i]: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
func validNumber(b []byte, i int) (int, bool) {
	digits := func(i int) (int, bool) {
		start := i
		for i < len(b) && b[i] >= '0' && b[i] <= '9' {
			i++
		}
		return i, i > start
	}
	if b[i] == '-' {
		i++
	}
	if i >= len(b) {
		return i, false
	}
	if b[i] == '0' {
		i++
	} else {
		var ok bool
		if i, ok = digits(i); !ok {
			return i, false
		}
	}
	if i < len(b) && b[i] == '.' {
		var ok bool
		if i, ok = digits(i + 1); !ok {
			return i, false
		}
	}
	if i < len(b) && (b[i] == 'e' || b[i] == 'E') {
		i++
		if i < len(b) && (b[i] == '+' || b[i] == '-') {
			i++
		}
		var ok bool
		if i, ok = digits(i); !ok {
			return i, false
		}
	}
	return i, true
}
