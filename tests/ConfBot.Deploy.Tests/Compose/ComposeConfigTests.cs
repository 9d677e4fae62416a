using ConfBot.Deploy.Tests.TestSupport;

namespace ConfBot.Deploy.Tests.Compose;

/// <summary>deploy/docker-compose.yml through <c>docker-compose config</c>, which checks it against the Compose schema.</summary>
public sealed class ComposeConfigTests
{
    private static readonly string[] Variables = ["SLACK_MODE", "SLACK_BOT_TOKEN", "SLACK_SIGNING_SECRET", "SLACK_APP_TOKEN", "POSTGRES_PASSWORD", "NOTES_DIR", "CONFBOT_PORT", "CONFBOT_IMAGE"];

    private static readonly Dictionary<string, string?> Settings = new() { ["SLACK_BOT_TOKEN"] = "xoxb-test", ["POSTGRES_PASSWORD"] = "test" };

    private static string ComposeFile => Repository.Read("deploy/docker-compose.yml");

    [SkippableFact]
    public void Compose_file_is_valid_and_binds_to_loopback_with_restarts_and_log_rotation()
    {
        var result = Config(Repository.Deploy, Settings);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("- 127.0.0.1:8080:8080/tcp", result.Output, StringComparison.Ordinal);
        Assert.Equal(2, Count(result.Output, "restart: unless-stopped"));
        Assert.Equal(2, Count(result.Output, "max-size: 10m"));
    }

    [SkippableFact]
    public void Socket_Mode_needs_no_signing_secret_but_every_mode_needs_the_bot_token()
    {
        var socket = Config(Repository.Deploy, new(Settings) { ["SLACK_MODE"] = "Socket", ["SLACK_APP_TOKEN"] = "xapp-test" });
        var noBotToken = Config(Repository.Deploy, new(Settings) { ["SLACK_BOT_TOKEN"] = null });

        Assert.True(socket.ExitCode == 0, socket.ToString());
        Assert.NotEqual(0, noBotToken.ExitCode);
        Assert.Contains("set SLACK_BOT_TOKEN", noBotToken.Error, StringComparison.Ordinal);
    }

    [SkippableTheory]
    [InlineData("    restart: unless-stopped\n    logging: *logging\n    depends_on:", "    restart: unless-stopped\n    logging: *logging\n    depends_onn:")]
    [InlineData("      retries: 3\n", "      retries: three\n")]
    public void A_broken_copy_fails(string good, string broken)
    {
        using var folder = new TempFolder();
        folder.Write("docker-compose.yml", BrokenCopy.Of(ComposeFile, good, broken));

        Assert.NotEqual(0, Config(folder.Path, Settings).ExitCode);
    }

    // Run from the file's folder with no .env there (a developer's real one stays out of the test).
    private static ToolResult Config(string folder, Dictionary<string, string?> settings)
    {
        using var isolated = new TempFolder();
        var noEnvFile = isolated.Write("empty.env", "");
        var environment = Variables.ToDictionary(name => name, name => settings.GetValueOrDefault(name));
        return Tool.DockerCompose.Run(isolated.Path, environment,
            "--project-directory", folder, "--env-file", noEnvFile, "-f", Path.Combine(folder, "docker-compose.yml"), "config");
    }

    private static int Count(string text, string value) => text.Split(value).Length - 1;
}
