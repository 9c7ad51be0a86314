package dev.lifeguard.desktop.workbench.imports;

/**
 * How an import treats failures and incidents already stored. An incident stored with the same content is always
 * left as it is (reported unchanged); the policy decides the rest.
 *
 * @param replaceExisting an incident stored with other content is replaced (true) or the import of it is refused
 *                        and the stored one kept (false)
 * @param allOrNothing    every file is read first and all are saved in one transaction, so one bad file or refused
 *                        incident imports nothing and is thrown (true); or each file is saved in its own transaction
 *                        and a bad one is skipped with its reason while the others are imported (false)
 */
public record ImportPolicy(boolean replaceExisting, boolean allOrNothing) {

    /** The command line's: a batch is one transaction; {@code --replace} overwrites. */
    public static ImportPolicy batch(boolean replaceExisting) {
        return new ImportPolicy(replaceExisting, true);
    }

    /** Dropped or picked files: each file alone, bad ones skipped, nothing stored is ever overwritten. */
    public static final ImportPolicy EACH_FILE_KEEP_STORED = new ImportPolicy(false, false);
}
