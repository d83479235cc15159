package org.newsclip.spark;

import java.util.Collections;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.Function;

/** The concatenation of the iterators made from each input, each made only when the one before is used up. */
final class FlatIterator<I, O> implements Iterator<O> {
    private final Iterator<I> inputs;
    private final Function<I, Iterator<O>> expand;
    private Iterator<O> current = Collections.emptyIterator();

    FlatIterator(Iterator<I> inputs, Function<I, Iterator<O>> expand) {
        this.inputs = inputs;
        this.expand = expand;
    }

    @Override
    public boolean hasNext() {
        while (!current.hasNext() && inputs.hasNext()) current = expand.apply(inputs.next());
        return current.hasNext();
    }

    @Override
    public O next() {
        if (!hasNext()) throw new NoSuchElementException();
        return current.next();
    }
}
