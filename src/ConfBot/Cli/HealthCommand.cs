using System.CommandLine;

namespace ConfBot.Cli;

/// <summary><c>confbot health</c>: exit 0 when the local <c>confbot serve</c> answers <c>/readyz</c> with 200 (the image's HEALTHCHECK).</summary>
internal static class HealthCommand
{
    public static Command Create()
    {
        var url = new Option<Uri?>("--url")
        {
            Description = "The readiness URL to ask (default: /readyz on 127.0.0.1 at the port ASPNETCORE_URLS or ASPNETCORE_HTTP_PORTS gives, else 5000)",
            HelpName = "URL",
        };
        var timeout = new Option<int>("--timeout")
        {
            Description = "Seconds to wait for an answer",
            DefaultValueFactory = _ => 5,
            HelpName = "SECONDS",
        }.Within(1, 300, " s");
        var command = new Command("health", "Ask the ConfBot server running on this machine whether it is ready: exit 0 if it is, 1 if not") { url, timeout };
        command.SetAction((parse, cancellationToken) =>
        {
            Uri readiness;
            try
            {
                readiness = parse.GetValue(url) ?? HealthProbe.ReadinessUrl(
                    Environment.GetEnvironmentVariable("ASPNETCORE_URLS"), Environment.GetEnvironmentVariable("ASPNETCORE_HTTP_PORTS"));
            }
            catch (ArgumentException bad)
            {
                throw new UsageException(bad.Message);
            }

            return HealthProbe.RunAsync(readiness, TimeSpan.FromSeconds(parse.GetValue(timeout)), Console.Out, cancellationToken);
        });
        return command;
    }
}
