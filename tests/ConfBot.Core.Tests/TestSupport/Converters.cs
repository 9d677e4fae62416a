namespace ConfBot.Core.Tests.TestSupport;

/// <summary>
/// The external converters some note formats need. CI installs them (.ci/run), so there these tests always run;
/// a developer without one sees its tests skipped, saying what to install. In CI a missing one is a failure, so a
/// broken install step cannot pass as green.
/// </summary>
public static class Converters
{
    public static void Require(string program, string package)
    {
        if (IsInstalled(program))
            return;
        var missing = $"{program} is not installed (apt-get install {package})";
        Assert.False(Environment.GetEnvironmentVariable("CI") == "true", missing);
        throw new SkipException(missing);
    }

    private static bool IsInstalled(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Any(folder => File.Exists(Path.Combine(folder, program)));
}
