package proxy

import (
	"encoding/json"
	"iter"
	"os"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestParse_SingleAndBatchCalls(t *testing.T) {
	tests := []struct {
		name      string
		body      string
		batch     bool
		bodyErr   int      // code of a whole-body error, 0 if none
		callCodes []int    // per call: 0 for a valid call, else its error code
		ids       []string // per call: the id answered with ("" for a notification)
	}{
		{name: "single", body: `{"jsonrpc":"2.0","id":1,"method":"eth_chainId"}`, callCodes: []int{0}, ids: []string{"1"}},
		{name: "string id and params", body: ` {"jsonrpc":"2.0","id":"a\"b","method":"eth_getBalance","params":["0x00","latest"]}`, callCodes: []int{0}, ids: []string{`"a\"b"`}},
		{name: "null id is a call", body: `{"jsonrpc":"2.0","id":null,"method":"eth_chainId"}`, callCodes: []int{0}, ids: []string{"null"}},
		{name: "notification", body: `{"jsonrpc":"2.0","method":"eth_chainId"}`, callCodes: []int{0}, ids: []string{""}},
		{name: "missing version accepted", body: `{"id":7,"method":"eth_chainId","params":[]}`, callCodes: []int{0}, ids: []string{"7"}},
		{name: "escaped method", body: `{"id":1,"method":"eth_\u0063hainId"}`, callCodes: []int{0}, ids: []string{"1"}},
		{name: "batch", body: `[{"id":1,"method":"a"},{"method":"b"},{"id":"x","method":"c","params":{}}]`, batch: true, callCodes: []int{0, 0, 0}, ids: []string{"1", "", `"x"`}},

		{name: "parse error", body: `{"id":1,"method":"a"`, bodyErr: CodeParse},
		{name: "empty body", body: ``, bodyErr: CodeParse},
		{name: "whitespace body", body: " \n ", bodyErr: CodeParse},
		{name: "invalid utf8", body: "{\"id\":1,\"method\":\"a\xff\"}", bodyErr: CodeParse},
		{name: "batch with bad tail", body: `[{"id":1,"method":"a"},{"id":2,`, bodyErr: CodeParse},
		{name: "empty batch", body: `[]`, bodyErr: CodeInvalidRequest},
		{name: "deep nesting", body: strings.Repeat("[", 100) + strings.Repeat("]", 100), bodyErr: CodeLimitExceeded},
		{name: "batch too large", body: "[" + strings.Repeat(`{"id":1,"method":"a"},`, 1000) + `{"id":1,"method":"a"}]`, bodyErr: CodeLimitExceeded},
		{name: "body too large", body: `{"id":1,"method":"a","params":["` + strings.Repeat("a", 5<<20) + `"]}`, bodyErr: CodeLimitExceeded},

		{name: "number", body: `1`, callCodes: []int{CodeInvalidRequest}, ids: []string{"null"}},
		{name: "batch of numbers", body: `[1,2]`, batch: true, callCodes: []int{CodeInvalidRequest, CodeInvalidRequest}, ids: []string{"null", "null"}},
		{name: "wrong version", body: `{"jsonrpc":"1.0","id":3,"method":"a"}`, callCodes: []int{CodeInvalidRequest}, ids: []string{"3"}},
		{name: "method not a string", body: `{"id":3,"method":1}`, callCodes: []int{CodeInvalidRequest}, ids: []string{"3"}},
		{name: "empty method", body: `{"id":3,"method":""}`, callCodes: []int{CodeInvalidRequest}, ids: []string{"3"}},
		{name: "missing method", body: `{"id":3}`, callCodes: []int{CodeInvalidRequest}, ids: []string{"3"}},
		{name: "object id", body: `{"id":{},"method":"a"}`, callCodes: []int{CodeInvalidRequest}, ids: []string{"null"}},
		{name: "bool id", body: `{"id":true,"method":"a"}`, callCodes: []int{CodeInvalidRequest}, ids: []string{"null"}},
		{name: "huge id", body: `{"id":` + strings.Repeat("9", 300) + `,"method":"a"}`, callCodes: []int{CodeInvalidRequest}, ids: []string{"null"}},
		{name: "scalar params", body: `{"id":4,"method":"a","params":"x"}`, callCodes: []int{CodeInvalidParams}, ids: []string{"4"}},
		{name: "mixed batch", body: `[{"id":1,"method":"a"},"x",{"id":2,"method":5}]`, batch: true, callCodes: []int{0, CodeInvalidRequest, CodeInvalidRequest}, ids: []string{"1", "null", "2"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			calls, batch, err := Parse([]byte(tt.body), DefaultLimits)
			if tt.bodyErr != 0 {
				if err == nil || err.Code != tt.bodyErr {
					t.Fatalf("body error = %v, want code %d", err, tt.bodyErr)
				}
				return
			}
			if err != nil {
				t.Fatalf("body error %d %q", err.Code, err.Message)
			}
			if batch != tt.batch {
				t.Errorf("batch = %v, want %v", batch, tt.batch)
			}
			if len(calls) != len(tt.callCodes) {
				t.Fatalf("%d calls, want %d", len(calls), len(tt.callCodes))
			}
			for i, c := range calls {
				code := 0
				if c.Err != nil {
					code = c.Err.Code
				}
				if code != tt.callCodes[i] {
					t.Errorf("call %d: code %d (%v), want %d", i, code, c.Err, tt.callCodes[i])
				}
				id := string(c.ID)
				if c.Err != nil && c.ID == nil {
					id = "null"
				}
				if id != tt.ids[i] {
					t.Errorf("call %d: id %s, want %s", i, id, tt.ids[i])
				}
				if c.Err == nil && (c.Method == "" || string(c.MethodRaw[0]) != `"`) {
					t.Errorf("call %d: method %q raw %s", i, c.Method, c.MethodRaw)
				}
			}
		})
	}
}

func TestParse_ErrorResponsesAreWalletShaped(t *testing.T) {
	var dst []byte
	dst = appendErrorResponse(dst, nil, &Error{Code: CodeParse, Message: "parse error: \"x\"\n"})
	var got struct {
		Version string          `json:"jsonrpc"`
		ID      json.RawMessage `json:"id"`
		Error   struct {
			Code    int    `json:"code"`
			Message string `json:"message"`
		} `json:"error"`
	}
	if err := json.Unmarshal(dst, &got); err != nil {
		t.Fatalf("%s: %v", dst, err)
	}
	if got.Version != "2.0" || string(got.ID) != "null" || got.Error.Code != CodeParse || got.Error.Message != "parse error: \"x\"\n" {
		t.Fatalf("got %s", dst)
	}
}

// FuzzParse feeds Parse arbitrary bodies: it must never panic, must respect the limits, and every answer it
// implies must be valid JSON.
func FuzzParse(f *testing.F) {
	seeds := []string{
		`{"jsonrpc":"2.0","id":1,"method":"eth_blockNumber","params":[]}`,
		`[{"jsonrpc":"2.0","id":1,"method":"eth_chainId"},{"jsonrpc":"2.0","method":"eth_chainId"}]`,
		`{"jsonrpc":"2.0","id":"\ud800","method":"eth_call","params":[{"to":"0x00"},"latest"]}`,
		`{"id":` + strings.Repeat("1", 400) + `,"method":"x"}`,
		`{"id":1e999999,"method":"x"}`,
		`{"id":[1],"method":{"a":1},"params":7}`,
		strings.Repeat(`[`, 5000),
		strings.Repeat(`{"a":`, 200) + `1` + strings.Repeat(`}`, 200),
		"[" + strings.Repeat(`{"jsonrpc":"2.0","id":1,"method":"eth_chainId"},`, 9999) + `{"jsonrpc":"2.0","id":1,"method":"eth_chainId"}]`,
		"{\"id\":1,\"method\":\"\xc3\x28\"}",
		`[]`, `[[]]`, `[1,"a",null,{}]`, `null`, `"str"`, ``, `{`, `}`, `[{"id":1,"method":"a"},]`,
		`{"jsonrpc":2.0,"id":1,"method":"a"}`,
		`{"ID":1,"METHOD":"a"}`,
	}
	for _, s := range seeds {
		f.Add([]byte(s))
	}
	lim := DefaultLimits
	f.Fuzz(func(t *testing.T, body []byte) {
		crossCheckScan(t, body)
		calls, batch, err := Parse(body, lim)
		var out []byte
		if err != nil {
			if calls != nil {
				t.Fatal("calls with a body error")
			}
			out = appendErrorResponse(out, nil, err)
		} else {
			if len(calls) == 0 || len(calls) > lim.MaxBatch || (!batch && len(calls) != 1) {
				t.Fatalf("%d calls (batch %v)", len(calls), batch)
			}
			for _, c := range calls {
				switch {
				case c.Err != nil:
					out = appendErrorResponse(out[:0], c.ID, c.Err)
				case c.Method == "":
					t.Fatal("valid call without a method")
				default:
					out = appendResponse(out[:0], c.ID, json.RawMessage(`"0x1"`), nil)
				}
				if !json.Valid(out) {
					t.Fatalf("invalid response %s", out)
				}
			}
			return
		}
		if !json.Valid(out) {
			t.Fatalf("invalid response %s", out)
		}
	})
}

// crossCheckScan checks the allocation-free walkers of scan.go against encoding/json on valid JSON.
func crossCheckScan(t *testing.T, body []byte) {
	if got, want := validJSON(body), json.Valid(body); got != want {
		t.Fatalf("validJSON(%q) = %v, json.Valid = %v", body, got, want)
	}
	if r, ok := checkResponse(body); ok != (json.Valid(body) && strings.HasPrefix(strings.TrimSpace(string(body)), "{")) {
		t.Fatalf("checkResponse(%q) = %v, json.Valid = %v", body, ok, json.Valid(body))
	} else if ok && utf8.Valid(body) {
		if want := decodeResponse(body); string(r.ID) != string(want.ID) || string(r.Result) != string(want.Result) || string(r.Error) != string(want.Error) {
			t.Fatalf("checkResponse(%q) = %q, decodeResponse: %q", body, r, want)
		}
	}
	if !json.Valid(body) || !utf8.Valid(body) { // Parse refuses invalid UTF-8 before walking
		return
	}
	var elems []json.RawMessage
	if json.Unmarshal(body, &elems) == nil {
		i := 0
		for e := range arrayElements(body) {
			if i >= len(elems) || string(e) != string(elems[i]) {
				t.Fatalf("array element %d: %s", i, e)
			}
			i++
		}
		if i != len(elems) {
			t.Fatalf("%d array elements, encoding/json finds %d", i, len(elems))
		}
		if n, ok, _ := checkJSON(body, maxValidDepth); !ok || n != len(elems) {
			t.Fatalf("checkJSON counts %d elements (ok %v), encoding/json finds %d", n, ok, len(elems))
		}
	}
	var members map[string]json.RawMessage
	if json.Unmarshal(body, &members) == nil {
		got := map[string]string{}
		for k, v := range objectMembers(body) {
			var key string
			if err := json.Unmarshal(k, &key); err != nil {
				t.Fatalf("key %s: %v", k, err)
			}
			got[key] = string(v)
			if !keyIs(k, key) {
				t.Fatalf("keyIs(%s, %q) = false", k, key)
			}
		}
		if len(got) != len(members) {
			t.Fatalf("%d members, encoding/json finds %d", len(got), len(members))
		}
		for k, v := range members {
			if got[k] != string(v) {
				t.Fatalf("member %q = %s, encoding/json: %s", k, got[k], v)
			}
		}
	}
}

func TestValidJSON_AgreesWithEncodingJSON(t *testing.T) {
	cases := []string{
		``, ` `, `-`, `-0`, `0`, `01`, `1.`, `1.5`, `1e`, `1e+`, `1e+5`, `1E-05`, `.5`, `-.5`, `+1`, `00`, `-01`,
		`"`, `""`, `"\u12"`, `"\u12zz"`, `"\u00e9"`, `"\x"`, "\"a\tb\"", "\"a\x7fb\"", `"\/\b\f\n\r\t\"\\"`, "\"\xff\"",
		`[`, `[]`, `[1,]`, `[,1]`, `[1 2]`, `[]]`, `{}`, `{,}`, `{"a":1,}`, `{"a" 1}`, `{"a":}`, `{1:2}`, `{"a":1}x`,
		`tru`, `true`, `truex`, `nul`, `null`, `false`, ` [ true , false , null ] `, `{"a":{"b":[{"c":"d"}]}}`,
		strings.Repeat("[", 10000) + strings.Repeat("]", 10000), strings.Repeat("[", 10001) + strings.Repeat("]", 10001),
		"\"\\uD800\"", `123456789012345678901234567890e99999`, "[1]\n", "\t{}\r\n",
	}
	for _, c := range cases {
		if got, want := validJSON([]byte(c)), json.Valid([]byte(c)); got != want {
			t.Errorf("validJSON(%.40q) = %v, json.Valid = %v", c, got, want)
		}
	}
}

// arrayElements yields the raw elements of the array b (test helper).
func arrayElements(b []byte) iter.Seq[[]byte] {
	return func(yield func([]byte) bool) {
		for it := newElemIter(b); ; {
			e, ok := it.next()
			if !ok || !yield(e) {
				return
			}
		}
	}
}

// objectMembers yields the raw key (with its quotes) and raw value of every member of the object b (test helper).
func objectMembers(b []byte) iter.Seq2[[]byte, []byte] {
	return func(yield func([]byte, []byte) bool) {
		for it := newMemberIter(b); ; {
			k, v, ok := it.next()
			if !ok || !yield(k, v) {
				return
			}
		}
	}
}

// TestScan_WordAtATimeFindsEveryByteThatMatters puts each byte a string scan must stop at (a quote, a backslash
// escape, a control byte, a bad escape) at every offset of strings long enough to be scanned a word at a time, and
// checks the validator and the walkers against encoding/json.
func TestScan_WordAtATimeFindsEveryByteThatMatters(t *testing.T) {
	specials := []string{`"`, `\"`, `\\`, `\u00e9`, `\n`, "\x00", "\x1f", "\t", `\x`, `\u12`, "\x7f", "\x80", "é", " "}
	for n := 0; n <= 24; n++ {
		for at := 0; at <= n; at++ {
			for _, sp := range specials {
				s := strings.Repeat("a", at) + sp + strings.Repeat("b", n-at)
				for _, body := range []string{`"` + s + `"`, `{"k":"` + s + `","x":1}`, `["` + s + `",2]`, `"` + s} {
					crossCheckScan(t, []byte(body))
				}
			}
		}
	}
}

// BenchmarkCheckAnswer is the check of an upstream's answer and the walk to its result, for op-geth's answer to
// eth_getBlockByNumber(2, full) in BenchmarkProxy (10.8 KB, mostly hex strings).
func BenchmarkCheckAnswer(b *testing.B) {
	raw, err := os.ReadFile("testdata/answer_block_full.json")
	if err != nil {
		b.Fatal(err)
	}
	answers := make([]answer, 1)
	b.SetBytes(int64(len(raw)))
	b.ReportAllocs()
	for b.Loop() {
		if err := decodeAnswers(raw, false, answers); err != nil {
			b.Fatal(err)
		}
	}
}
