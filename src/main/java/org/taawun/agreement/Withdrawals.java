package org.taawun.agreement;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.taawun.identity.Account;
import org.taawun.identity.Role;

/**
 * An executive withdraws a file of its authority that is not yet in force, with its
 * reasons: its lifecycle ends, every task of it closes, the partner is told if it was
 * ever written to, and the register says it is abandoned.
 */
@Service
public class Withdrawals {

	private final Agreements agreements;

	private final AgreementProcess process;

	Withdrawals(Agreements agreements, AgreementProcess process) {
		this.agreements = agreements;
		this.process = process;
	}

	/**
	 * @throws AgreementNotFoundException unless the executive may see the agreement
	 * @throws AccessDeniedException unless the account is the executive of its authority
	 * @throws AgreementInForceException once the agreement is in force or its life over
	 */
	@Transactional
	public void withdraw(long id, WithdrawalRequest request, Account executive) {
		Agreement agreement = this.agreements.visible(id, executive)
			.orElseThrow(() -> new AgreementNotFoundException(id));
		if (!executive.has(Role.EXECUTIVE, agreement.localAuthority())) {
			throw new AccessDeniedException("Only the authority's executive withdraws its files");
		}
		if (!mayBeWithdrawn(agreement)) {
			throw new AgreementInForceException(agreement.reference(), agreement.state());
		}
		this.process.withdraw(agreement.reference(), request.reason().strip());
	}

	/** Whether the account may withdraw the agreement now. */
	public static boolean mayWithdraw(Agreement agreement, Account account) {
		return account.has(Role.EXECUTIVE, agreement.localAuthority()) && mayBeWithdrawn(agreement);
	}

	private static boolean mayBeWithdrawn(Agreement agreement) {
		return agreement.state().canMoveTo(AgreementState.ABANDONED);
	}

}
