/**
 * The core embedded as another team would: {@code quickstart} is the README's quick start, {@code embedding} a
 * service with adapters of its own, {@code testing} what a tester needs.
 */
package dev.qbrsync.examples;
