// Package kv is the embedded key-value store (pebble) that roles persist their progress in, so a restart neither
// loses nor repeats work. Writes are synced to disk before they return.
package kv

import (
	"errors"
	"fmt"

	"github.com/cockroachdb/pebble"
	"github.com/cockroachdb/pebble/vfs"
)

// ErrNotFound is returned by Get for a missing key.
var ErrNotFound = errors.New("kv: not found")

// Store is a pebble database.
type Store struct {
	db *pebble.DB
}

// Open opens (creating if needed) the store in dir. An empty dir opens an in-memory store, for tests and
// throwaway devnets.
func Open(dir string) (*Store, error) {
	opts := &pebble.Options{Logger: quietLogger{}}
	if dir == "" {
		opts.FS = vfs.NewMem()
	}
	db, err := pebble.Open(dir, opts)
	if err != nil {
		return nil, fmt.Errorf("kv: open %q: %w", dir, err)
	}
	return &Store{db: db}, nil
}

// Get returns the value of key, or ErrNotFound.
func (s *Store) Get(key []byte) ([]byte, error) {
	v, closer, err := s.db.Get(key)
	if errors.Is(err, pebble.ErrNotFound) {
		return nil, ErrNotFound
	}
	if err != nil {
		return nil, fmt.Errorf("kv: get: %w", err)
	}
	defer closer.Close()
	return append([]byte(nil), v...), nil
}

// Put stores value under key, durably.
func (s *Store) Put(key, value []byte) error {
	if err := s.db.Set(key, value, pebble.Sync); err != nil {
		return fmt.Errorf("kv: put: %w", err)
	}
	return nil
}

// Delete removes key, durably. Deleting a missing key is not an error.
func (s *Store) Delete(key []byte) error {
	if err := s.db.Delete(key, pebble.Sync); err != nil {
		return fmt.Errorf("kv: delete: %w", err)
	}
	return nil
}

// DeleteRange removes every key in [start, end), durably.
func (s *Store) DeleteRange(start, end []byte) error {
	if err := s.db.DeleteRange(start, end, pebble.Sync); err != nil {
		return fmt.Errorf("kv: delete range: %w", err)
	}
	return nil
}

// Write is a set of changes applied atomically by Apply.
type Write struct {
	b *pebble.Batch
}

// Put adds a write of value under key.
func (w *Write) Put(key, value []byte) { _ = w.b.Set(key, value, nil) }

// Delete adds the removal of key.
func (w *Write) Delete(key []byte) { _ = w.b.Delete(key, nil) }

// Apply runs fn to collect changes, then commits them atomically and durably: all or none survive a crash.
func (s *Store) Apply(fn func(w *Write)) error {
	b := s.db.NewBatch()
	defer b.Close()
	fn(&Write{b: b})
	if err := b.Commit(pebble.Sync); err != nil {
		return fmt.Errorf("kv: commit: %w", err)
	}
	return nil
}

// Each calls fn for every key with prefix, in key order, until fn returns an error.
func (s *Store) Each(prefix []byte, fn func(key, value []byte) error) error {
	iter, err := s.db.NewIter(&pebble.IterOptions{LowerBound: prefix, UpperBound: prefixEnd(prefix)})
	if err != nil {
		return fmt.Errorf("kv: iterate: %w", err)
	}
	for ok := iter.First(); ok; ok = iter.Next() {
		if err := fn(append([]byte(nil), iter.Key()...), append([]byte(nil), iter.Value()...)); err != nil {
			return errors.Join(err, iter.Close())
		}
	}
	return iter.Close()
}

// Close closes the store; it is safe to call on nil and more than once.
func (s *Store) Close() error {
	if s == nil || s.db == nil {
		return nil
	}
	db := s.db
	s.db = nil
	return db.Close()
}

// prefixEnd is the smallest key greater than every key with prefix (nil: no upper bound).
func prefixEnd(prefix []byte) []byte {
	end := append([]byte(nil), prefix...)
	for i := len(end) - 1; i >= 0; i-- {
		end[i]++
		if end[i] != 0 {
			return end[:i+1]
		}
	}
	return nil
}

// quietLogger drops pebble's informational chatter; errors surface through returned errors.
type quietLogger struct{}

func (quietLogger) Infof(string, ...interface{}) {}

func (quietLogger) Errorf(string, ...interface{}) {}

func (quietLogger) Fatalf(format string, args ...interface{}) {
	panic(fmt.Sprintf("pebble: "+format, args...))
}
