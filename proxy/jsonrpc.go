package proxy

import (
	"bytes"
	"encoding/json"
	"strconv"
	"unicode/utf8"
)

// JSON-RPC 2.0 error codes the proxy answers with. The first five are the specification's; LimitExceeded and
// Timeout follow EIP-1474 and go-ethereum, so wallets (ethers, viem) map them to their typed errors; CodeTripped
// is Mach's own (see README.md).
const (
	CodeParse          = -32700 // the body is not valid JSON (or not valid UTF-8)
	CodeInvalidRequest = -32600 // valid JSON, but not a JSON-RPC request
	CodeMethodNotFound = -32601 // the method does not exist or is not served by this proxy
	CodeInvalidParams  = -32602 // params is neither an array nor an object
	CodeInternal       = -32603 // no upstream gave a usable answer
	CodeTimeout        = -32002 // the upstream did not answer in time (go-ethereum's code for timeouts)
	CodeLimitExceeded  = -32005 // a request or response limit was exceeded (EIP-1474)
	CodeTripped        = -32090 // the rollup's circuit breaker refused the call (Mach)
)

// Error is a JSON-RPC error object. It implements the ErrorCode/ErrorData pair of go-ethereum's rpc package, so
// Go clients see the code and data.
type Error struct {
	Code    int
	Message string
	// Data is the raw JSON of the error's data member; nil leaves it out.
	Data json.RawMessage
}

func (e *Error) Error() string { return e.Message }

// ErrorCode returns the JSON-RPC error code.
func (e *Error) ErrorCode() int { return e.Code }

// ErrorData returns the error's data (raw JSON), or nil.
func (e *Error) ErrorData() any {
	if e.Data == nil {
		return nil
	}
	return e.Data
}

// appendJSON appends e as a JSON-RPC error object.
func (e *Error) appendJSON(dst []byte) []byte {
	dst = append(dst, `{"code":`...)
	dst = strconv.AppendInt(dst, int64(e.Code), 10)
	dst = append(dst, `,"message":`...)
	dst = appendString(dst, e.Message)
	if e.Data != nil {
		dst = append(dst, `,"data":`...)
		dst = append(dst, e.Data...)
	}
	return append(dst, '}')
}

// appendString appends s as a JSON string.
func appendString(dst []byte, s string) []byte {
	b, err := json.Marshal(s)
	if err != nil { // cannot happen for a string
		return append(dst, `""`...)
	}
	return append(dst, b...)
}

// Limits bounds what one HTTP request may ask for. Every field must be positive (Config.Validate checks).
type Limits struct {
	// MaxBodyBytes bounds the request body.
	MaxBodyBytes int64
	// MaxBatch bounds the number of calls in a batch.
	MaxBatch int
	// MaxDepth bounds the nesting of arrays and objects anywhere in the body.
	MaxDepth int
	// MaxIDBytes bounds the raw JSON of a call's id.
	MaxIDBytes int
	// MaxMethodBytes bounds the length of a method name.
	MaxMethodBytes int
}

// DefaultLimits are the limits of a zero Config: go-ethereum's own body and batch limits, which every wallet
// stays within.
var DefaultLimits = Limits{
	MaxBodyBytes:   5 << 20,
	MaxBatch:       1000,
	MaxDepth:       64,
	MaxIDBytes:     256,
	MaxMethodBytes: 128,
}

// Call is one call of a parsed request. A call whose Err is set is answered with that error (its ID may then be
// null) and never forwarded.
type Call struct {
	// ID is the raw JSON of the id member (all raw fields alias the parsed body): a string, a number or null. It is nil for a notification, which gets no
	// response.
	ID json.RawMessage
	// Method is the method name.
	Method string
	// MethodRaw is the raw JSON string of the method name, forwarded as is.
	MethodRaw json.RawMessage
	// Params is the raw JSON of params (an array or an object), or nil when absent or null.
	Params json.RawMessage
	// Err, when set, is the answer to this call.
	Err *Error
}

// Notification reports whether c is a notification: a call without an id, which gets no response.
func (c *Call) Notification() bool { return c.ID == nil && c.Err == nil }

// wireCall is a call as it is on the wire; every member is kept raw and checked by hand, so that a wrong type is
// an invalid request, not a decoding failure.
type wireCall struct {
	Version, ID, Method, Params json.RawMessage
}

var nullJSON = json.RawMessage("null")

// Parse parses an HTTP request body: one call (batch false) or a batch (batch true). A non-nil error means the
// body as a whole is refused; it is answered with one error object whose id is null. Otherwise every element of
// the batch yields one Call, malformed ones carrying their Err. The calls' raw fields alias body. Member names
// are matched exactly, as the JSON-RPC specification says (encoding/json would also take "ID"); of a member given
// twice, the last counts. Parse never panics, whatever body is.
func Parse(body []byte, lim Limits) (calls []Call, batch bool, err *Error) {
	return parse(body, lim, nil)
}

// parse is Parse appending the calls to dst (the HTTP path passes room for one call on its stack).
func parse(body []byte, lim Limits, dst []Call) (calls []Call, batch bool, err *Error) {
	if int64(len(body)) > lim.MaxBodyBytes {
		return nil, false, &Error{Code: CodeLimitExceeded, Message: "request body too large: the limit is " + strconv.FormatInt(lim.MaxBodyBytes, 10) + " bytes"}
	}
	if !utf8.Valid(body) {
		return nil, false, &Error{Code: CodeParse, Message: "parse error: the body is not valid UTF-8"}
	}
	first := byte(0)
	if i := skipSpace(body, 0); i < len(body) {
		first = body[i]
	}
	elems, ok, tooDeep := checkJSON(body, lim.MaxDepth)
	switch {
	case first == 0:
		return nil, false, &Error{Code: CodeParse, Message: "parse error: empty body"}
	case tooDeep:
		return nil, false, &Error{Code: CodeLimitExceeded, Message: "request nested too deeply: the limit is " + strconv.Itoa(lim.MaxDepth) + " levels"}
	case !ok:
		return nil, false, &Error{Code: CodeParse, Message: "parse error: the body is not valid JSON"}
	case first == '[' && elems > lim.MaxBatch:
		return nil, false, &Error{Code: CodeLimitExceeded, Message: "batch too large: the limit is " + strconv.Itoa(lim.MaxBatch) + " calls"}
	}
	if first != '[' {
		return append(dst, parseCall(body, lim)), false, nil
	}
	if elems == 0 {
		return nil, false, &Error{Code: CodeInvalidRequest, Message: "invalid request: empty batch"}
	}
	calls = dst
	if cap(dst)-len(dst) < elems {
		calls = make([]Call, len(dst), len(dst)+elems)
		copy(calls, dst)
	}
	for it := newElemIter(body); ; {
		raw, ok := it.next()
		if !ok {
			break
		}
		calls = append(calls, parseCall(raw, lim))
	}
	return calls, true, nil
}

// parseCall checks one call of a valid JSON body.
func parseCall(raw []byte, lim Limits) Call {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 || raw[0] != '{' {
		return Call{Err: &Error{Code: CodeInvalidRequest, Message: "invalid request: a call must be a JSON object"}}
	}
	var w wireCall
	for it := newMemberIter(raw); ; {
		key, val, ok := it.next()
		if !ok {
			break
		}
		switch {
		case keyIs(key, "jsonrpc"):
			w.Version = val
		case keyIs(key, "id"):
			w.ID = val
		case keyIs(key, "method"):
			w.Method = val
		case keyIs(key, "params"):
			w.Params = val
		}
	}
	var c Call
	switch {
	case w.ID == nil: // notification
	case len(w.ID) > lim.MaxIDBytes:
		c.Err = &Error{Code: CodeInvalidRequest, Message: "invalid request: id longer than " + strconv.Itoa(lim.MaxIDBytes) + " bytes"}
		return c
	case w.ID[0] == '"', w.ID[0] == '-', w.ID[0] >= '0' && w.ID[0] <= '9', bytes.Equal(w.ID, nullJSON):
		c.ID = w.ID
	default:
		c.Err = &Error{Code: CodeInvalidRequest, Message: "invalid request: id must be a string, a number or null"}
		return c
	}
	if w.Version != nil && !bytes.Equal(w.Version, []byte(`"2.0"`)) {
		return c.fail(CodeInvalidRequest, `invalid request: jsonrpc must be "2.0"`)
	}
	if len(w.Method) < 2 || w.Method[0] != '"' {
		return c.fail(CodeInvalidRequest, "invalid request: method must be a non-empty string")
	}
	if len(w.Method) > lim.MaxMethodBytes+2 {
		return c.fail(CodeInvalidRequest, "invalid request: method name longer than "+strconv.Itoa(lim.MaxMethodBytes)+" bytes")
	}
	if bytes.IndexByte(w.Method, '\\') < 0 {
		c.Method = internMethod(w.Method[1 : len(w.Method)-1])
	} else if m, ok := unquote(w.Method); ok {
		c.Method = m
	} else {
		return c.fail(CodeInvalidRequest, "invalid request: method must be a non-empty string")
	}
	if c.Method == "" {
		return c.fail(CodeInvalidRequest, "invalid request: method must be a non-empty string")
	}
	c.MethodRaw = w.Method
	switch {
	case w.Params == nil, bytes.Equal(w.Params, nullJSON):
	case w.Params[0] == '[', w.Params[0] == '{':
		c.Params = w.Params
	default:
		return c.fail(CodeInvalidParams, "invalid params: params must be an array or an object")
	}
	return c
}

// fail turns c into an error answer. A notification that fails gets no response, as the specification says; a
// call with an id gets the error with its id.
func (c Call) fail(code int, msg string) Call {
	if c.ID == nil {
		// Keep it answerable: an invalid notification is still invalid; answer with null id, like go-ethereum.
		c.ID = nullJSON
	}
	c.Err = &Error{Code: code, Message: msg}
	return c
}

// internMethod returns name as a string, without allocating for the methods the proxy knows (the usual ones).
func internMethod(name []byte) string {
	if s, ok := knownMethods[string(name)]; ok { // no allocation: the conversion is only for the lookup
		return s
	}
	return string(name)
}

// knownMethods maps each method name the proxy knows to itself.
var knownMethods = func() map[string]string {
	m := map[string]string{}
	for k := range methodClasses {
		m[k] = k
	}
	for _, k := range []string{wsSubscribe, wsUnsubscribe, "eth_newFilter", "eth_getFilterChanges", "eth_getFilterLogs",
		"eth_uninstallFilter", "eth_newBlockFilter", "eth_newPendingTransactionFilter"} {
		m[k] = k
	}
	return m
}()

// appendResponse appends a response object with the given id (null when nil) and either a raw result or a raw
// error object.
func appendResponse(dst []byte, id, result, errObj json.RawMessage) []byte {
	dst = append(dst, `{"jsonrpc":"2.0","id":`...)
	if id == nil {
		id = nullJSON
	}
	dst = append(dst, id...)
	if errObj != nil {
		dst = append(dst, `,"error":`...)
		dst = append(dst, errObj...)
	} else {
		dst = append(dst, `,"result":`...)
		if result == nil {
			result = nullJSON
		}
		dst = append(dst, result...)
	}
	return append(dst, '}')
}

// appendErrorResponse appends a response carrying e.
func appendErrorResponse(dst []byte, id json.RawMessage, e *Error) []byte {
	dst = append(dst, `{"jsonrpc":"2.0","id":`...)
	if id == nil {
		id = nullJSON
	}
	dst = append(dst, id...)
	dst = append(dst, `,"error":`...)
	dst = e.appendJSON(dst)
	return append(dst, '}')
}

// unquote decodes a JSON string with escapes (the rare path; kept apart so that callers' values stay on the stack).
func unquote(raw []byte) (string, bool) {
	var s string
	err := json.Unmarshal(raw, &s)
	return s, err == nil
}
