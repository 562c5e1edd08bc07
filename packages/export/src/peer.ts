// The optional peer dependencies (native addons): loaded when their format is written, so a user who
// writes only the other formats installs none of them.

/** Loads `id` with `load`; when it is not installed, says which format needs it and what to install. */
export function loadPeer(id: string, format: string, load: (id: string) => unknown): unknown {
  try {
    return load(id);
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    if (e.code === "MODULE_NOT_FOUND" && e.message.includes(id)) {
      throw new Error(`the ${format} format needs the ${id} package, which is not installed: npm install ${id}`, { cause: error });
    }
    throw error;
  }
}
