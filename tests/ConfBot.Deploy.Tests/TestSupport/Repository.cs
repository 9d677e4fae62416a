namespace ConfBot.Deploy.Tests.TestSupport;

/// <summary>Paths in the repository, found from the test binary so tests run from any working directory.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string Deploy => Path.Combine(Root, "deploy");

    public static string Read(string relativePath) => File.ReadAllText(Path.Combine(Root, relativePath));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "ConfBot.sln")))
                return dir.FullName;
        throw new InvalidOperationException("ConfBot.sln not found above the test binary.");
    }
}
