namespace ConfBot.Storage;

/// <summary>
/// Where ConfBot keeps a person's state when no setting says: <c>$XDG_DATA_HOME/confbot</c>, else
/// <c>~/.local/share/confbot</c> (the XDG base directory rule), so a command run in any folder finds the same state and
/// leaves nothing behind in that folder.
/// </summary>
public static class UserDataFolder
{
    /// <param name="environment">Reads an environment variable; the process's own when omitted.</param>
    public static string Path(Func<string, string?>? environment = null)
    {
        environment ??= Environment.GetEnvironmentVariable;
        // The spec says a relative XDG_DATA_HOME is invalid and to be ignored.
        var root = environment("XDG_DATA_HOME") is { Length: > 0 } data && System.IO.Path.IsPathRooted(data)
            ? data
            : System.IO.Path.Combine(environment("HOME") is { Length: > 0 } home ? home : Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "share");
        return System.IO.Path.Combine(root, "confbot");
    }
}
