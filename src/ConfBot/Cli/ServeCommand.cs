using System.CommandLine;
using ConfBot.Hosting;

namespace ConfBot.Cli;

/// <summary><c>confbot serve</c>: the Slack bot as a web service (or a Socket Mode client), with <c>/healthz</c>.</summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        // No default of its own: without --urls, ASP.NET Core's settings decide (ASPNETCORE_HTTP_PORTS=8080 in the
        // official .NET images, so the container needs no second copy of its port), else http://localhost:5000.
        var urls = new Option<string?>("--urls")
        {
            Description = "Where to listen for Slack's requests and /healthz (default: ASPNETCORE_URLS or ASPNETCORE_HTTP_PORTS, else http://localhost:5000)",
            HelpName = "URLS",
        };
        var notes = CommonOptions.Notes();
        var command = new Command("serve", "Run the Slack bot: answer /confbot, DMs and mentions from the notes, reindexing when they change") { urls, notes };
        command.SetAction((parse, cancellationToken) =>
            ConfBotServer.RunAsync(new ServeSettings(parse.GetValue(urls), parse.GetValue(notes)), cancellationToken));
        return command;
    }
}
