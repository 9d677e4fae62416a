namespace ConfBot;

/// <summary>Finds the notes folder: as configured from the working directory, else beside the binary (where the seed notes ship).</summary>
internal static class NotesFolder
{
    public static string Resolve(string configured)
    {
        if (Path.IsPathRooted(configured) || Directory.Exists(configured))
            return Path.GetFullPath(configured);
        var besideBinary = Path.Combine(AppContext.BaseDirectory, configured);
        return Directory.Exists(besideBinary) ? besideBinary : Path.GetFullPath(configured);
    }
}
