using System.Text.RegularExpressions;

namespace ConfBot.Deploy.Tests.Docker;

/// <summary>
/// Whether a path is left out of the build context by a .dockerignore, with Docker's rules: patterns match from the
/// context root, <c>**</c> spans folders, a folder's pattern covers what is inside it, <c>!</c> re-includes, the last
/// matching line wins.
/// </summary>
internal static class DockerIgnore
{
    public static bool Excludes(string dockerignore, string path)
    {
        var excluded = false;
        foreach (var line in dockerignore.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')))
        {
            var negated = line.StartsWith('!');
            if (Pattern(line.TrimStart('!').TrimEnd('/')).IsMatch(path))
                excluded = !negated;
        }
        return excluded;
    }

    private static Regex Pattern(string glob)
    {
        var regex = Regex.Escape(glob).Replace(@"\*\*/", "(.*/)?", StringComparison.Ordinal)
            .Replace(@"\*\*", ".*", StringComparison.Ordinal).Replace(@"\*", "[^/]*", StringComparison.Ordinal).Replace(@"\?", "[^/]", StringComparison.Ordinal);
        return new Regex($"^{regex}(/.*)?$");
    }
}
