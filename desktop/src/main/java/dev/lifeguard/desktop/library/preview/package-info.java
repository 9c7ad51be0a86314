/** The import preview: a document's lines beside the incidents read from them, retargeted by hand before saving. */
package dev.lifeguard.desktop.library.preview;
