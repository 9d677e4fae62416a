using ConfBot.Slack.Commands;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ConfBot.IntegrationTests.TestSupport;

/// <summary>
/// Holds every slash command's handler until the test opens the gate: the ack goes out first, whatever the
/// machine's speed, and the answer follows through the work queue to the command's response_url.
/// </summary>
internal sealed class HeldSlashCommands(ISlashCommandHandler handler, Task gate) : ISlashCommandHandler
{
    /// <summary>Wraps the service's own handler.</summary>
    public static void Hold(IServiceCollection services, Task gate)
    {
        var handler = services.Single(d => d.ServiceType == typeof(ISlashCommandHandler)).ImplementationType!;
        services.Replace(ServiceDescriptor.Scoped<ISlashCommandHandler>(sp =>
            new HeldSlashCommands((ISlashCommandHandler)ActivatorUtilities.CreateInstance(sp, handler), gate)));
    }

    public async Task<SlashCommandResponse?> Handle(SlashCommand command, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        return await handler.Handle(command, cancellationToken);
    }
}
