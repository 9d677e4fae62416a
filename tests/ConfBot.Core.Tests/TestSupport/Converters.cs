namespace ConfBot.Core.Tests.TestSupport;

/// <summary>
/// The external converters some note formats need. CI installs them (.ci/run), so there these tests always run;
/// a developer without one sees its tests skipped, saying what to install.
/// </summary>
public static class Converters
{
    public static void Require(string program, string package) =>
        Skip.IfNot(IsInstalled(program), $"{program} is not installed (apt-get install {package})");

    private static bool IsInstalled(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Any(folder => File.Exists(Path.Combine(folder, program)));
}
