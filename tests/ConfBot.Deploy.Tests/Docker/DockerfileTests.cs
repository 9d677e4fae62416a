using System.Xml.Linq;
using ConfBot.Deploy.Tests.TestSupport;

namespace ConfBot.Deploy.Tests.Docker;

public sealed class DockerfileTests
{
    private static string Text => Repository.Read("deploy/Dockerfile");

    private static IReadOnlyList<(string Keyword, string Arguments)> Runtime => Dockerfile.Parse(Text).RuntimeStage;

    [Fact]
    public void Runtime_stage_runs_as_the_images_non_root_user()
    {
        Assert.Equal("$APP_UID", Runtime.Last(i => i.Keyword == "USER").Arguments);
    }

    [Fact]
    public void Runtime_base_is_a_chiseled_image_pinned_to_a_release()
    {
        var image = Dockerfile.Parse(Text).RuntimeBase;

        // A fixed version tag (10.0.11-…), not a floating one (10.0-…, latest); a digest may follow.
        Assert.Matches(@"^mcr\.microsoft\.com/dotnet/aspnet:\d+\.\d+\.\d+-noble-chiseled-extra(@sha256:[0-9a-f]{64})?$", image);
    }

    [Fact]
    public void Health_check_needs_no_shell_and_the_port_is_set_once()
    {
        var healthCheck = Assert.Single(Runtime, i => i.Keyword == "HEALTHCHECK").Arguments;

        Assert.Matches(@"CMD \[""dotnet"", ""/app/confbot\.dll"", ""health""\]$", healthCheck);
        Assert.DoesNotContain("ASPNETCORE_URLS", Text, StringComparison.Ordinal);
        Assert.DoesNotContain("--urls", Text, StringComparison.Ordinal);
        Assert.DoesNotContain(Runtime, i => i.Keyword is "VOLUME" or "RUN");
    }

    [Fact]
    public void Image_labels_carry_version_and_revision_from_build_arguments()
    {
        var labels = string.Join(" ", Runtime.Where(i => i.Keyword == "LABEL").Select(i => i.Arguments));

        Assert.Contains("org.opencontainers.image.version=\"${VERSION}\"", labels, StringComparison.Ordinal);
        Assert.Contains("org.opencontainers.image.revision=\"${REVISION}\"", labels, StringComparison.Ordinal);
    }

    [Fact]
    public void The_binary_says_the_version_the_labels_say()
    {
        var publish = Assert.Single(Dockerfile.Parse(Text).Arguments("RUN"), run => run.Contains("dotnet publish", StringComparison.Ordinal));

        // MinVer would read the version from git, and the build context has no .git: the build argument is the version.
        Assert.Contains("-p:MinVerVersionOverride=\"$VERSION\"", publish, StringComparison.Ordinal);
        Assert.Contains("-p:SourceRevisionId=\"$REVISION\"", publish, StringComparison.Ordinal);
    }

    [Fact]
    public void Restore_layer_copies_every_project_the_service_builds_from_before_the_sources()
    {
        var copies = Dockerfile.Parse(Text).Arguments("COPY").ToList();
        var sources = copies.FindIndex(c => c.StartsWith("src/ ", StringComparison.Ordinal));
        var restoreLayer = copies.Take(sources).SelectMany(c => c.Split(' ')).ToHashSet();

        Assert.All(ProjectsOf("src/ConfBot/ConfBot.csproj"), project => Assert.Contains(project, restoreLayer));
        Assert.Contains("Directory.Packages.props", restoreLayer);
    }

    [SkippableFact]
    public void Dockerfile_passes_the_linter()
    {
        var result = Tool.DockerfileLint.Run(Repository.Root, null, "lint", Path.Combine(Repository.Deploy, "Dockerfile"));

        Assert.True(result.ExitCode == 0, result.ToString());
    }

    [SkippableTheory]
    [InlineData("EXPOSE 8080", "EXPOSE 8080/tcpx")]
    [InlineData("USER $APP_UID", "USR $APP_UID")]
    public void A_broken_copy_fails_the_linter(string good, string broken)
    {
        using var folder = new TempFolder();
        var copy = folder.Write("Dockerfile", BrokenCopy.Of(Text, good, broken));

        Assert.NotEqual(0, Tool.DockerfileLint.Run(Repository.Root, null, "lint", copy).ExitCode);
    }

    [Theory]
    [InlineData(".env")]
    [InlineData("deploy/.env")]
    [InlineData("confbot.db")]
    [InlineData("tests/data/state.db-wal")]
    [InlineData("src/ConfBot/bin/Release/confbot.dll")]
    public void Build_context_leaves_out_secrets_state_and_build_output(string path)
    {
        Assert.True(DockerIgnore.Excludes(Repository.Read(".dockerignore"), path), $"{path} reaches the build context");
    }

    [Fact]
    public void Build_context_keeps_the_env_example_and_the_sources()
    {
        var ignore = Repository.Read(".dockerignore");

        Assert.False(DockerIgnore.Excludes(ignore, "deploy/.env.example"));
        Assert.False(DockerIgnore.Excludes(ignore, "src/ConfBot/Program.cs"));
    }

    /// <summary>The project file and every project it references, transitively, as paths from the repository root.</summary>
    private static IEnumerable<string> ProjectsOf(string project)
    {
        var seen = new HashSet<string>();
        var pending = new Stack<string>([project]);
        while (pending.TryPop(out var next))
        {
            if (!seen.Add(next))
                continue;
            var folder = Path.GetDirectoryName(Path.Combine(Repository.Root, next))!;
            foreach (var reference in XDocument.Parse(Repository.Read(next)).Descendants("ProjectReference"))
                pending.Push(Path.GetRelativePath(Repository.Root, Path.GetFullPath(Path.Combine(folder, reference.Attribute("Include")!.Value))).Replace('\\', '/'));
        }
        return seen;
    }
}
