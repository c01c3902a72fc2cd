package policy

import "sync"

// The catalogs (the citations, the Convention's articles, the reference
// list, the timeline) are built once, indexed by key, and looked up
// several times per render. They hand out copies, so no caller can change
// what the next one reads.

// indexOnce returns a function that builds the list once and, with it,
// each entry's position by key.
func indexOnce[T any, K comparable](build func() []T, key func(T) K) func() ([]T, map[K]int) {
	return sync.OnceValues(func() ([]T, map[K]int) {
		list := build()
		at := make(map[K]int, len(list))
		for i, x := range list {
			at[key(x)] = i
		}
		return list, at
	})
}

// copier is a catalog entry that can copy itself, sharing no slice with
// the original.
type copier[T any] interface{ copied() T }

// copies returns a copy of every entry of list, in order: the caller's own.
func copies[T copier[T]](list []T) []T {
	out := make([]T, len(list))
	for i, x := range list {
		out[i] = x.copied()
	}
	return out
}

// lookup returns a copy of the entry of index with key k.
func lookup[T copier[T], K comparable](index func() ([]T, map[K]int), k K) (T, bool) {
	list, at := index()
	i, ok := at[k]
	if !ok {
		var zero T
		return zero, false
	}
	return list[i].copied(), true
}
