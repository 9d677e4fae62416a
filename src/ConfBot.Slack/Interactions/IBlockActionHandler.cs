namespace ConfBot.Slack.Interactions;

/// <summary>
/// Handles button clicks and other <c>block_actions</c>. Runs after Slack has been acked; answer through
/// <see cref="BlockActionRequest.ResponseUrl"/> or the Web API. Every registered handler sees every request,
/// so each should check <see cref="BlockAction.ActionId"/>.
/// </summary>
public interface IBlockActionHandler
{
    Task Handle(BlockActionRequest request, CancellationToken cancellationToken);
}
