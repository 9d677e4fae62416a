using System.CommandLine;
using ConfBot.Hosting;

namespace ConfBot.Cli;

/// <summary><c>confbot serve</c>: the Slack bot as a web service (or a Socket Mode client), with <c>/healthz</c>.</summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var urls = new Option<string>("--urls")
        {
            Description = "Where to listen for Slack's requests and /healthz",
            HelpName = "URLS",
            DefaultValueFactory = _ => "http://127.0.0.1:5000",
        };
        var notes = CommonOptions.Notes();
        var command = new Command("serve", "Run the Slack bot: answer /confbot, DMs and mentions from the notes, reindexing when they change") { urls, notes };
        command.SetAction((parse, cancellationToken) =>
            ConfBotServer.RunAsync(new ServeSettings(parse.GetValue(urls)!, parse.GetValue(notes)), cancellationToken));
        return command;
    }
}
