namespace ConfBot.Core.Tests.TestSupport;

/// <summary>Paths in the repository, found from the test binary so tests run from any working directory.</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string Seeds => Path.Combine(Root, "seeds");

    public static string TestData(string name) => Path.Combine(AppContext.BaseDirectory, "Data", name);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "ConfBot.sln")))
                return dir.FullName;
        throw new InvalidOperationException("ConfBot.sln not found above the test binary.");
    }
}
