package proxy

import "strings"

// Class is a method's class: it picks the timeout and whether a failed call may be retried.
type Class uint8

// Method classes.
const (
	// ClassRead is a read whose answer depends only on the chain: safe to send twice, retried on another upstream.
	ClassRead Class = iota
	// ClassHeavyRead is a read that may run long (eth_call, eth_getLogs, …): retried, with the heavy timeout.
	ClassHeavyRead
	// ClassWrite changes the chain (eth_sendRawTransaction, …): never retried, refused by block-writes.
	ClassWrite
	// ClassOther is everything else (filters, subscriptions, unknown methods): sent once, never retried.
	ClassOther
)

// String names the class as in metrics.
func (c Class) String() string {
	switch c {
	case ClassRead:
		return "read"
	case ClassHeavyRead:
		return "heavy"
	case ClassWrite:
		return "write"
	}
	return "other"
}

// idempotent reports whether a call of class c may be sent to a second upstream after the first failed.
func (c Class) idempotent() bool { return c == ClassRead || c == ClassHeavyRead }

// methodClasses is the fixed allowlist of idempotent reads and the list of writes. A method absent from it is
// ClassOther: forwarded once, never retried. Stateful filter methods (eth_newFilter, eth_getFilterChanges, …) are
// deliberately absent: a filter lives on one upstream.
var methodClasses = map[string]Class{
	"eth_blockNumber":                         ClassRead,
	"eth_chainId":                             ClassRead,
	"net_version":                             ClassRead,
	"net_listening":                           ClassRead,
	"web3_clientVersion":                      ClassRead,
	"web3_sha3":                               ClassRead,
	"eth_syncing":                             ClassRead,
	"eth_gasPrice":                            ClassRead,
	"eth_maxPriorityFeePerGas":                ClassRead,
	"eth_blobBaseFee":                         ClassRead,
	"eth_feeHistory":                          ClassRead,
	"eth_getBalance":                          ClassRead,
	"eth_getCode":                             ClassRead,
	"eth_getStorageAt":                        ClassRead,
	"eth_getTransactionCount":                 ClassRead,
	"eth_getBlockByHash":                      ClassRead,
	"eth_getBlockByNumber":                    ClassRead,
	"eth_getBlockTransactionCountByHash":      ClassRead,
	"eth_getBlockTransactionCountByNumber":    ClassRead,
	"eth_getUncleCountByBlockHash":            ClassRead,
	"eth_getUncleCountByBlockNumber":          ClassRead,
	"eth_getUncleByBlockHashAndIndex":         ClassRead,
	"eth_getUncleByBlockNumberAndIndex":       ClassRead,
	"eth_getTransactionByHash":                ClassRead,
	"eth_getTransactionByBlockHashAndIndex":   ClassRead,
	"eth_getTransactionByBlockNumberAndIndex": ClassRead,
	"eth_getTransactionReceipt":               ClassRead,
	"eth_getHeaderByHash":                     ClassRead,
	"eth_getHeaderByNumber":                   ClassRead,
	FinalityMethod:                            ClassRead, // answered by the proxy (finality.go)

	"eth_call":             ClassHeavyRead,
	"eth_estimateGas":      ClassHeavyRead,
	"eth_createAccessList": ClassHeavyRead,
	"eth_simulateV1":       ClassHeavyRead,
	"eth_getLogs":          ClassHeavyRead,
	"eth_getProof":         ClassHeavyRead,
	"eth_getBlockReceipts": ClassHeavyRead,

	"eth_sendRawTransaction":            ClassWrite,
	"eth_sendTransaction":               ClassWrite,
	"eth_sendRawTransactionConditional": ClassWrite,
	"eth_sendRawTransactionSync":        ClassWrite,
	"eth_sendBundle":                    ClassWrite,
	"eth_sendPrivateTransaction":        ClassWrite,
	"eth_sendPrivateRawTransaction":     ClassWrite,
	"eth_sendUserOperation":             ClassWrite,
	"eth_submitTransaction":             ClassWrite,
	"personal_sendTransaction":          ClassWrite,
}

// classOf returns method's class.
func classOf(method string) Class {
	if c, ok := methodClasses[method]; ok {
		return c
	}
	return ClassOther
}

// metricMethod is method as a metric label: the known methods by name, anything else as "other", so that a
// client cannot grow the label set.
func metricMethod(method string) string {
	if _, ok := methodClasses[method]; ok {
		return method
	}
	return "other"
}

// methodFilter is the methods allow and deny lists.
type methodFilter struct {
	allow, deny             map[string]bool
	allowPrefix, denyPrefix []string
}

func newMethodFilter(c MethodsConfig) methodFilter {
	f := methodFilter{allow: map[string]bool{}, deny: map[string]bool{}}
	for _, m := range c.Allow {
		if strings.HasSuffix(m, "_") {
			f.allowPrefix = append(f.allowPrefix, m)
		} else {
			f.allow[m] = true
		}
	}
	for _, m := range c.Deny {
		if strings.HasSuffix(m, "_") {
			f.denyPrefix = append(f.denyPrefix, m)
		} else {
			f.deny[m] = true
		}
	}
	return f
}

func (f *methodFilter) allowed(method string) bool {
	if f.deny[method] {
		return false
	}
	for _, p := range f.denyPrefix {
		if strings.HasPrefix(method, p) {
			return false
		}
	}
	if len(f.allow) == 0 && len(f.allowPrefix) == 0 {
		return true
	}
	if f.allow[method] {
		return true
	}
	for _, p := range f.allowPrefix {
		if strings.HasPrefix(method, p) {
			return true
		}
	}
	return false
}
